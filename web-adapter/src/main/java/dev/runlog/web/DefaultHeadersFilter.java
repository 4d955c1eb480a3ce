package dev.runlog.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Headers every response carries: {@code X-Content-Type-Options: nosniff}, so a browser never
 * runs an API answer as something other than its declared JSON, and {@code Cache-Control:
 * private, no-cache}, so no shared cache keeps a runner's data. (Spring Security adds its own
 * protective headers beside these.)
 */
public class DefaultHeadersFilter extends OncePerRequestFilter implements Ordered {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Answers are a signed-in runner's own: only their client may keep one, and it asks again
        // before using it, which the ETag makes cheap (304). No shared cache keeps any.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        chain.doFilter(request, response);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
