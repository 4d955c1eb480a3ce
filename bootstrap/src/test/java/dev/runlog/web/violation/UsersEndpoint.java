package dev.runlog.web.violation;

import org.springframework.web.bind.annotation.RestController;

/** Breaks the controller naming rule on purpose (no Controller suffix); see ArchitectureRulesCatchViolationsTest. */
@RestController
public class UsersEndpoint {}
