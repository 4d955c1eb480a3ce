/**
 * Runlog's domain: a running log's users and runs, their rules, the use cases that act on them
 * and the repository ports that keep them. Plain Java: it requires no module but java.base.
 *
 * <p>Drive it through the use cases in {@link dev.runlog.domain.port.in}, implement the
 * repositories of {@link dev.runlog.domain.port.out} to store its data, and build the services
 * of {@link dev.runlog.domain.service} with them.
 */
module dev.runlog.domain {
    exports dev.runlog.domain.model.access;
    exports dev.runlog.domain.model.shared;
    exports dev.runlog.domain.model.user;
    exports dev.runlog.domain.model.run;
    exports dev.runlog.domain.port.in;
    exports dev.runlog.domain.port.out;
    exports dev.runlog.domain.service;
}
