package org.entekhabat.polling.node;

import jakarta.servlet.http.HttpServletRequest;
import org.entekhabat.platform.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Refusals on the node become a Persian page that says why; nothing changed. No stack traces shown. */
@ControllerAdvice(basePackageClasses = NodeErrors.class)
@ConditionalOnNode
class NodeErrors {

    private static final Logger log = LoggerFactory.getLogger(NodeErrors.class);

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, java.util.Locale locale) {
        return page(e.status(), e.message(locale), e.code());
    }

    @ExceptionHandler(CentralLink.Unreachable.class)
    ModelAndView unreachable(CentralLink.Unreachable e) {
        return page(503, "ارتباط با مرکز برقرار نیست: " + e.getMessage(), "link.down");
    }

    @ExceptionHandler(RuntimeException.class)
    ModelAndView unexpected(RuntimeException e, HttpServletRequest request) {
        log.error("unexpected failure on {}", request.getRequestURI(), e);
        return page(500, "خطایی در دستگاه رخ داد؛ هیچ تغییری ذخیره نشد. دوباره تلاش کنید یا به مسئول فنی خبر دهید.", "internal");
    }

    private static ModelAndView page(int status, String message, String code) {
        var page = new ModelAndView("station/error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("message", message);
        page.addObject("code", code);
        return page;
    }
}
