package fi.avustukset.grant.attachment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored file's record (V80__attachment.sql); the bytes are in attachment_content. */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_number")
  private String applicationNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_kind")
  private OwnerKind ownerKind;

  @Column(name = "owner_key")
  private String ownerKey;

  @Enumerated(EnumType.STRING)
  private AttachmentKind kind;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  private String sha256;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected Attachment() {}

  Attachment(String applicationNumber, OwnerKind ownerKind, String ownerKey, AttachmentKind kind,
      String fileName, String contentType, long size, String sha256, String uploadedBy,
      Instant uploadedAt) {
    this.applicationNumber = applicationNumber;
    this.ownerKind = ownerKind;
    this.ownerKey = ownerKey;
    this.kind = kind;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() { return id; }
  public String getApplicationNumber() { return applicationNumber; }
  public OwnerKind getOwnerKind() { return ownerKind; }
  public String getOwnerKey() { return ownerKey; }
  public AttachmentKind getKind() { return kind; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public long getSize() { return size; }
  public String getSha256() { return sha256; }
  public String getUploadedBy() { return uploadedBy; }
  public Instant getUploadedAt() { return uploadedAt; }
}
