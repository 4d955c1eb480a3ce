package dev.runlog.persistence.mapper.violation;

/** Breaks the mapper naming rule on purpose (no Mapper suffix); see ArchitectureRulesCatchViolationsTest. */
public interface UserQueries {

    Object findById(long id);
}
