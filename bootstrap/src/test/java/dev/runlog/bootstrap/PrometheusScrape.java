package dev.runlog.bootstrap;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One scrape of {@code /actuator/prometheus}, read as Prometheus reads its text format: a sample
 * per line, {@code name{label="value",...} number}; comment lines are skipped.
 */
record PrometheusScrape(List<Sample> samples) {

    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+).*");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Sample(String name, Map<String, String> labels, double value) {}

    static PrometheusScrape of(String text) {
        return new PrometheusScrape(text.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(PrometheusScrape::sample)
                .toList());
    }

    private static Sample sample(String line) {
        Matcher sample = SAMPLE.matcher(line);
        if (!sample.matches()) {
            throw new IllegalArgumentException("not a Prometheus sample: " + line);
        }
        Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
        Map<String, String> labels =
                label.results().collect(Collectors.toMap(match -> match.group(1), match -> match.group(2)));
        return new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3)));
    }

    /** The sum of this metric's samples whose labels include these names and values; 0 if there is none. */
    double value(String name, String... labelNamesAndValues) {
        return valueWhere(name, labels -> include(labels, labelNamesAndValues));
    }

    /** The sum of this metric's samples whose labels pass the test; 0 if there is none. */
    double valueWhere(String name, Predicate<Map<String, String>> labels) {
        return samples.stream()
                .filter(sample -> sample.name().equals(name) && labels.test(sample.labels()))
                .mapToDouble(Sample::value)
                .sum();
    }

    /** Whether this metric has a sample whose labels include these names and values. */
    boolean has(String name, String... labelNamesAndValues) {
        return samples.stream()
                .anyMatch(sample -> sample.name().equals(name) && include(sample.labels(), labelNamesAndValues));
    }

    private static boolean include(Map<String, String> labels, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!namesAndValues[i + 1].equals(labels.get(namesAndValues[i]))) {
                return false;
            }
        }
        return true;
    }
}
