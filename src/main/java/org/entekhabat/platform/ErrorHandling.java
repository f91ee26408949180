package org.entekhabat.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals become RFC 9457 problem details under /api and a Persian error page elsewhere.
 * Unexpected failures are logged with their stack trace and shown to people without it.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    static final String PROBLEM_BASE = "https://entekhabat.org/problems/";

    @ExceptionHandler(DomainException.class)
    Object domain(DomainException e, HttpServletRequest request, Locale locale) {
        return respond(request, e.status(), e.code(), e.message(locale), e);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    Object illegal(IllegalArgumentException e, HttpServletRequest request) {
        return respond(request, 400, "bad-input", e.getMessage(), null);
    }

    private Object respond(HttpServletRequest request, int status, String code, String message, DomainException e) {
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), message);
            problem.setType(URI.create(PROBLEM_BASE + code));
            problem.setTitle(code);
            problem.setInstance(URI.create(request.getRequestURI()));
            if (e != null) {
                problem.setProperty("message_fa", e.messageFa());
                problem.setProperty("message_en", e.messageEn());
                e.details().forEach(problem::setProperty);
            }
            return ResponseEntity.status(status).body(problem);
        }
        var page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("message", message);
        page.addObject("status", status);
        return page;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @ExceptionHandler(RuntimeException.class)
    Object unexpected(RuntimeException e, HttpServletRequest request, Locale locale) {
        if (e instanceof org.springframework.web.ErrorResponse er) {
            int status = er.getStatusCode().value();
            return respond(request, status, "http-" + status, er.getBody().getDetail(), null);
        }
        if (e instanceof org.springframework.security.access.AccessDeniedException) throw e;
        log.error("unexpected failure on {}", request.getRequestURI(), e);
        String msg = "en".equals(locale.getLanguage())
                ? "Something went wrong on our side; nothing was changed. Please try again."
                : "خطایی در سامانه رخ داد؛ هیچ تغییری ذخیره نشد. لطفاً دوباره تلاش کنید.";
        return respond(request, 500, "internal", msg, null);
    }
}
