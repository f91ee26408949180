package org.entekhabat.platform;

import java.util.Map;

/**
 * Bad input or a refused action: carries a stable machine code (for the API's problem type),
 * a Persian message for people and an English one for the second locale. Thrown before anything
 * is written, or inside the transaction that it rolls back, so a refusal changes nothing.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final String messageFa;
    private final int status;
    private final Map<String, Object> details;

    public DomainException(int status, String code, String messageFa, String messageEn, Map<String, Object> details) {
        super(messageEn);
        this.status = status;
        this.code = code;
        this.messageFa = messageFa;
        this.details = Map.copyOf(details);
    }

    public DomainException(int status, String code, String messageFa, String messageEn) {
        this(status, code, messageFa, messageEn, Map.of());
    }

    public static DomainException badInput(String code, String fa, String en) {
        return new DomainException(400, code, fa, en);
    }

    public static DomainException notFound(String code, String fa, String en) {
        return new DomainException(404, code, fa, en);
    }

    public static DomainException conflict(String code, String fa, String en) {
        return new DomainException(409, code, fa, en);
    }

    public static DomainException forbidden(String fa, String en) {
        return new DomainException(403, "forbidden", fa, en);
    }

    public String code() { return code; }
    public String messageFa() { return messageFa; }
    public String messageEn() { return getMessage(); }
    public int status() { return status; }
    public Map<String, Object> details() { return details; }

    public String message(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn() : messageFa();
    }
}
