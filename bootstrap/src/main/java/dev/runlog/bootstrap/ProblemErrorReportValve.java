package dev.runlog.bootstrap;

import dev.runlog.web.Problems;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's error report, as an RFC 9457 problem instead of an HTML page: for the errors Tomcat
 * answers before any servlet runs (a URL it cannot decode, say). Says nothing of Tomcat itself;
 * the problem is the web adapter's, like every other answer of an error.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        try {
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            writer.write(Problems.json(Problems.rejectedByContainer(status)));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response committed: nothing more can be said
        }
    }
}
