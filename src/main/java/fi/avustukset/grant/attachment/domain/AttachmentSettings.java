package fi.avustukset.grant.attachment.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code grants.attachments.*}: the largest file accepted (default 10 MB). Spring's multipart
 * limits in application.yaml are set a little above it, so an oversized file reaches the
 * application and is refused with 400 and a Finnish sentence instead of the container's 413.
 */
@ConfigurationProperties("grants.attachments")
public record AttachmentSettings(DataSize maxSize) {

  public AttachmentSettings {
    maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
  }

  /** "10 Mt" — the limit as an NGO reads it. */
  public String maxSizeText() {
    long bytes = maxSize.toBytes();
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " Mt";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " kt";
    }
    return bytes + " tavua";
  }
}
