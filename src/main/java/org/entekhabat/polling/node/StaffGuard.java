package org.entekhabat.polling.node;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Staff pages and the authentication terminal need a signed-in staff member (PIN, per browser session). */
@Component
@ConditionalOnNode
class StaffGuard implements HandlerInterceptor {

    static final String STAFF = "staff";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(STAFF) != null) return true;
        response.sendRedirect(request.getContextPath() + "/staff/login");
        return false;
    }
}
