package dev.runlog.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

/** The problems written as bytes, by the body limit filter and by Tomcat's error report valve. */
class ProblemsTest {

    @ParameterizedTest(name = "{0} is titled {1}")
    @CsvSource({
        "400, Bad Request",
        "414, URI Too Long",
        "431, Request Header Fields Too Large",
        "499, Client Error",
        "505, HTTP Version not supported",
        "599, Server Error"
    })
    void whatTheContainerRejects_isAProblemOfItsStatus_titledByItsReasonPhrase(int status, String title) {
        assertThat(Problems.json(Problems.rejectedByContainer(status)))
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"The request could not be handled.\"}");
    }

    @Test
    void theJson_namesTheInstanceWhenThereIsOne() {
        assertThat(Problems.json(Problems.forwardedError(HttpStatus.NOT_FOUND, "/api/users/7")))
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                        + "\"detail\":\"The request could not be handled: Not Found.\",\"instance\":\"/api/users/7\"}");
    }

    @Test
    void theJson_escapesWhatItQuotes() {
        ProblemDetail quoting = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "say \"3\" or \\");

        assertThat(Problems.json(quoting)).contains("\"detail\":\"say \\\"3\\\" or \\\\\"");
    }
}
