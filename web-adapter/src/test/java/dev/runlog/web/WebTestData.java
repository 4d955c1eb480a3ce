package dev.runlog.web;

import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What the stub use cases answer with: Alice, user 7 at version 3, and her run 11 at version 1. */
final class WebTestData {

    static final UserId ALICE_ID = new UserId(7);
    static final UserDetails ALICE_DETAILS = UserDetails.of("Alice", "alice@example.com");
    static final User ALICE = new User(ALICE_ID, ALICE_DETAILS, new Version(3));

    /** 5.2 miles in 26 minutes: a pace of exactly 5 minutes a mile. */
    static final RunDetails RUN_DETAILS = RunDetails.entered()
            .distance(5.2)
            .mood("Happy")
            .date("2026-11-24")
            .duration("PT26M")
            .check();

    static final Run RUN = new Run(new RunId(11), ALICE_ID, RUN_DETAILS, new Version(1));

    static final String ALICE_JSON = """
            {"id": 7, "username": "Alice", "email": "alice@example.com"}""";
    static final String RUN_JSON = """
            {"id": 11, "distance": 5.2, "unit": "mi", "mood": "Happy", "date": "2026-11-24", "start": null,
             "zone": null, "duration": "PT26M", "pace": "PT5M", "userId": 7}""";

    /** A tag as a GET gives it, for a request's If-Match: version 3, and a digest of some answer. */
    static final String ALICE_GET_TAG = "\"3-0123456789abcdef\"";

    private WebTestData() {}

    /** The tag a GET's answer must carry: the version, then 16 hex digits of SHA-256 over the bytes sent. */
    static String tagOfAnswer(long version, byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + version + "-" + HexFormat.of().formatHex(digest).substring(0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
