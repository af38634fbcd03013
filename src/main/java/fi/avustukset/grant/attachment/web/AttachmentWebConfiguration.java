package fi.avustukset.grant.attachment.web;

import fi.avustukset.grant.attachment.domain.AttachmentSettings;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The container's multipart limits follow {@code grants.attachments.max-size}: one megabyte
 * above it for the file (and two for the whole request), so a file just over the limit still
 * reaches {@code AttachmentService} and gets its 400 with a Finnish sentence; a far bigger one
 * stops at the container and gets the same answer from the controllers' handlers
 * ({@code spring.servlet.multipart.resolve-lazily}, application.yaml). Files above 1 MB wait
 * on disk, not in memory, while the request is read.
 */
@Configuration
public class AttachmentWebConfiguration {

  @Bean
  MultipartConfigElement multipartConfigElement(AttachmentSettings settings) {
    MultipartConfigFactory factory = new MultipartConfigFactory();
    long max = settings.maxSize().toBytes();
    factory.setMaxFileSize(DataSize.ofBytes(max + DataSize.ofMegabytes(1).toBytes()));
    factory.setMaxRequestSize(DataSize.ofBytes(max + DataSize.ofMegabytes(2).toBytes()));
    factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
    return factory.createMultipartConfig();
  }
}
