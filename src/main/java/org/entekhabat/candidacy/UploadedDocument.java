package org.entekhabat.candidacy;

/**
 * A file a candidate uploads.
 *
 * @param type        which document it is
 * @param fileName    the name it had on the candidate's computer
 * @param contentType what the browser declared; checked against the file's magic bytes
 * @param content     the bytes
 */
public record UploadedDocument(DocumentType type, String fileName, String contentType, byte[] content) {

    public UploadedDocument {
        if (type == null) throw new IllegalArgumentException("document needs a type");
        fileName = fileName == null || fileName.isBlank() ? type.name().toLowerCase() : fileName;
        content = content == null ? new byte[0] : content;
    }
}
