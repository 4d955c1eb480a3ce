package dev.runlog.bootstrap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Carries {@value CausalReads#HEADER} both ways: from a request to its reads, and from its writes
 * to the answer. Only in use with replicas configured ({@link ReplicaConfiguration}).
 */
final class ReadAfterFilter extends OncePerRequestFilter {

    private final CausalReads causalReads;

    ReadAfterFilter(CausalReads causalReads) {
        this.causalReads = causalReads;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (CausalReads.Scope scope = causalReads.begin(
                WritePosition.parse(request.getHeader(CausalReads.HEADER)),
                // In time for the answer: a use case returns before its controller writes the body.
                position -> response.setHeader(CausalReads.HEADER, position.gtids()))) {
            chain.doFilter(request, response);
        }
    }
}
