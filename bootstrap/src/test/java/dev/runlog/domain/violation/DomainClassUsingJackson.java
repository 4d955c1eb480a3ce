package dev.runlog.domain.violation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Breaks the JSON rule on purpose (a JSON annotation in the domain); see ArchitectureRulesCatchViolationsTest. */
public class DomainClassUsingJackson {

    @JsonProperty("miles")
    public double distance;
}
