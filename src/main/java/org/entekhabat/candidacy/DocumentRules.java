package org.entekhabat.candidacy;

import java.util.Arrays;
import java.util.Optional;
import org.entekhabat.platform.DomainException;
import org.entekhabat.platform.PersianNumbers;

/**
 * What we accept as an upload: PDF, JPEG or PNG only, at most 2 MB, recognised by the file's own magic
 * bytes (not the name or the declared header). A mismatch between declared and actual type is refused.
 */
public final class DocumentRules {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private DocumentRules() {}

    /** The real content type from the magic bytes, if it is one we accept. */
    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, PDF)) return Optional.of("application/pdf");
        if (startsWith(content, JPEG)) return Optional.of("image/jpeg");
        if (startsWith(content, PNG)) return Optional.of("image/png");
        return Optional.empty();
    }

    /** Returns the detected content type or refuses the file. */
    public static String check(UploadedDocument doc) {
        String what = "«" + doc.type().fa() + "»";
        if (doc.content().length == 0) {
            throw DomainException.badInput("document.empty", "فایل " + what + " خالی است.", "The file for " + doc.type().en() + " is empty.");
        }
        if (doc.content().length > MAX_BYTES) {
            throw DomainException.badInput("document.too-large", "فایل " + what + " بزرگ‌تر از " + PersianNumbers.digits(2)
                    + " مگابایت است.", "The file for " + doc.type().en() + " is larger than 2 MB.");
        }
        String detected = detect(doc.content()).orElseThrow(() -> DomainException.badInput("document.type",
                "فایل " + what + " باید PDF، JPEG یا PNG باشد.", "The file for " + doc.type().en() + " must be a PDF, JPEG or PNG."));
        String declared = doc.contentType() == null ? "" : doc.contentType().toLowerCase().replace("image/jpg", "image/jpeg");
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !declared.equals(detected)) {
            throw DomainException.badInput("document.type-mismatch", "نوع فایل " + what + " با محتوای آن نمی‌خواند.",
                    "The declared type of " + doc.type().en() + " does not match its content.");
        }
        return detected;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
