package dev.runlog.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The server the API description names, and so the one Swagger UI's "Try it out" calls: by
 * default this machine on Runlog's own port (application.properties). An app that clients reach
 * at another address, through a proxy or by a host name, names that address here.
 *
 * @param url         the API's address, absolute and without a trailing slash
 * @param description what that server is, in a few words
 */
@ConfigurationProperties("runlog.api.server")
record ApiServerProperties(String url, String description) {}
