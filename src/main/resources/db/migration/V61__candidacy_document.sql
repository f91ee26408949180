-- candidacy: uploaded documents, stored durably in PostgreSQL (bytea) with their SHA-256.
create table candidate_document (
    application_id  uuid not null references candidate_application (id) on delete cascade,
    doc_type        text not null,
    file_name       text not null,
    content_type    text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes      integer not null check (size_bytes > 0 and size_bytes <= 2097152),
    sha256          char(64) not null,
    content         bytea not null,
    uploaded_at     timestamptz not null,
    primary key (application_id, doc_type)
);
