package dev.runlog.web.description;

import dev.runlog.web.contract.ApiDescription;
import dev.runlog.web.contract.DescriptionNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The document names at least one server, each by an absolute URL without a trailing slash. A
 * relative URL such as {@code /} is read against wherever the document was found, which for a
 * committed file is no server at all; a trailing slash doubles the slash of every path.
 */
final class ServersAreAbsoluteUrls implements LintRule {

    @Override
    public List<String> findingsIn(ApiDescription description) {
        List<DescriptionNode> servers = description.root().get("servers").elements();
        if (servers.isEmpty()) {
            return List.of("the document names no server");
        }
        List<String> findings = new ArrayList<>();
        for (DescriptionNode server : servers) {
            String url = String.valueOf(server.text("url"));
            if (!url.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.+")) {
                findings.add("server " + url + " is not an absolute URL");
            } else if (url.endsWith("/")) {
                findings.add("server " + url + " ends with a slash");
            }
        }
        return findings;
    }
}
