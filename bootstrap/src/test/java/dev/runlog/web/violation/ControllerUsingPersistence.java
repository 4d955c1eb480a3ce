package dev.runlog.web.violation;

import dev.runlog.persistence.mapper.UserMapper;

/** Breaks the adapter rule on purpose (web reaching into persistence); see ArchitectureRulesCatchViolationsTest. */
public class ControllerUsingPersistence {

    private final UserMapper mapper;

    public ControllerUsingPersistence(UserMapper mapper) {
        this.mapper = mapper;
    }

    public Object user(long id) {
        return mapper.findById(id);
    }
}
