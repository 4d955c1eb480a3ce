package dev.runlog.bootstrap;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's error report, as an RFC 9457 problem instead of an HTML page: for the errors Tomcat
 * answers before any servlet runs (a URL it cannot decode, say). Says nothing of Tomcat itself.
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
            writer.write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title(status)
                    + "\",\"detail\":\"The request could not be handled.\"}");
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response committed: nothing more can be said
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 505 -> "HTTP Version Not Supported";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }
}
