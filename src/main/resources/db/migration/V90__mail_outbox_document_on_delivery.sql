-- A mail's attachment may be a document made when the mail is delivered (platform.pdf
-- DocumentSource): kind + case key here, attachment_id filled in once it is stored. The decision
-- letter's PDF is rendered this way, outside the process step that makes the decision final.
alter table mail_outbox add column attachment_kind varchar(40);
alter table mail_outbox add column attachment_key varchar(100);
