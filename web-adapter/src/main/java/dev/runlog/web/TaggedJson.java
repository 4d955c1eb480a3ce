package dev.runlog.web;

import dev.runlog.domain.model.shared.Version;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a GET of one user or one run answers: its JSON written once, to bytes, so that the ETag is
 * the digest of the very bytes sent ({@link EntityTags#ofAnswer}) and the answer leaves with its
 * {@code Content-Length}, in one write. Handed the object instead, Spring would have Jackson write
 * it a second time, and would send a {@code ResponseEntity}'s body of unknown length chunked.
 */
final class TaggedJson {

    private TaggedJson() {}

    static ResponseEntity<byte[]> ok(JsonMapper json, Version version, Object answer) {
        byte[] body = json.writeValueAsBytes(answer);
        return ResponseEntity.ok()
                .eTag(EntityTags.ofAnswer(version, body))
                .contentType(MediaType.APPLICATION_JSON)
                .contentLength(body.length)
                .body(body);
    }
}
