package org.entekhabat.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 on /api as RFC 9457 problem details, in Persian and English. */
final class ProblemResponses {

    private static final String BASE = "https://entekhabat.org/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"entekhabat\", charset=\"UTF-8\"");
            if (e instanceof LockedException) {
                write(request, response, 401, "account-locked",
                        "به سبب تلاش‌های ناموفق پیاپی، ورود با این نام کاربری موقتاً قفل است؛ بعداً دوباره تلاش کنید.",
                        "Sign-in with this username is locked for a while after repeated failures; try again later.");
            } else {
                write(request, response, 401, "unauthenticated",
                        "برای این درخواست باید با نام کاربری و گذرواژهٔ درست وارد شوید.",
                        "This request needs a valid username and password.");
            }
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, 403, "forbidden",
                "نقش شما اجازهٔ این درخواست را ندارد.", "Your role does not allow this request.");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
                      String fa, String en) throws IOException {
        boolean english = request.getLocale() != null && "en".equals(request.getLocale().getLanguage());
        var body = new LinkedHashMap<String, Object>();
        body.put("type", BASE + code);
        body.put("title", code);
        body.put("status", status);
        body.put("detail", english ? en : fa);
        body.put("instance", request.getRequestURI());
        body.put("message_fa", fa);
        body.put("message_en", en);
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/problem+json");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
