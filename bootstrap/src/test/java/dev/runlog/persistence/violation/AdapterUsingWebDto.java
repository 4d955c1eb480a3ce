package dev.runlog.persistence.violation;

import dev.runlog.web.UserResponse;

/** Breaks the adapter rule on purpose (persistence knowing the web's JSON); see ArchitectureRulesCatchViolationsTest. */
public class AdapterUsingWebDto {

    public String username(UserResponse response) {
        return response.username();
    }
}
