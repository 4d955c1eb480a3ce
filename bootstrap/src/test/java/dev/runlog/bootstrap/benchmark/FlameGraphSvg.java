package dev.runlog.bootstrap.benchmark;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A flame graph drawn as a static SVG from collapsed stacks ({@code frame;frame;frame count}
 * per line, as async-profiler writes them): one file that any browser, image viewer or code
 * review shows as it is, with no script to run. The root is at the bottom; each rectangle's
 * {@code <title>} is its tooltip (frame, count, share of the total).
 */
final class FlameGraphSvg {

    static final int WIDTH = 1200;
    /** Frames narrower than this share of the total are left out: unreadable, and they make most of the file. */
    static final double MIN_SHARE = 0.001;

    private static final int MARGIN = 10;
    private static final int FRAME_HEIGHT = 16;
    private static final int TOP = 44; // room for the title and the total
    private static final double CHAR_WIDTH = 6.6; // of the 11px monospace font, for cutting labels to fit

    /** async-profiler marks a frame's kind with a suffix: interpreted, JIT, inlined, C1-compiled, kernel. */
    private static final List<String> JAVA_SUFFIXES = List.of("_[0]", "_[j]", "_[i]", "_[1]");

    private static final String KERNEL_SUFFIX = "_[k]";

    /** Hues by package, so that a glance tells Runlog's own code from the libraries under it. */
    private static final Map<String, Integer> PACKAGE_HUES = Map.of(
            "dev.runlog.", 8,
            "org.springframework.", 110,
            "org.mariadb.", 170,
            "com.fasterxml.jackson.", 195,
            "tools.jackson.", 195,
            "org.apache.tomcat.", 225,
            "org.apache.catalina.", 225,
            "org.apache.coyote.", 225,
            "org.mybatis.", 275,
            "org.apache.ibatis.", 275);

    private FlameGraphSvg() {}

    /** One frame of the merged call tree; children sorted by name, as flamegraph.pl does, so runs compare. */
    private static final class Node {
        final String name;
        long total;
        final Map<String, Node> children = new TreeMap<>();

        Node(String name) {
            this.name = name;
        }
    }

    static void write(Path svg, String title, String unit, List<String> collapsed) {
        try {
            Files.createDirectories(svg.toAbsolutePath().getParent());
            Files.writeString(svg, render(title, unit, collapsed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param unit what the counts count, for the tooltips and the total: "samples", "bytes" */
    static String render(String title, String unit, List<String> collapsed) {
        Node root = new Node("all");
        for (String line : collapsed) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                continue; // blank or a bare count: nothing to draw
            }
            long count = Long.parseLong(line.substring(space + 1).trim());
            root.total += count;
            Node node = root;
            for (String frame : line.substring(0, space).split(";")) {
                node = node.children.computeIfAbsent(frame, Node::new);
                node.total += count;
            }
        }
        int depth = depth(root, root.total);
        int height = TOP + depth * FRAME_HEIGHT + MARGIN;
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + height)
                .append("\" font-family=\"monospace\" font-size=\"11\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#f8f8f8\"/>\n")
                .append(text(WIDTH / 2.0, 18, " text-anchor=\"middle\" font-size=\"15\"", title))
                .append(text(
                        WIDTH / 2.0,
                        34,
                        " text-anchor=\"middle\"",
                        String.format(Locale.ROOT, "total %,d %s", root.total, unit)));
        if (root.total > 0) {
            draw(svg, root, 0, 0, height - MARGIN, (WIDTH - 2.0 * MARGIN) / root.total, root.total, unit);
        }
        return svg.append("</svg>\n").toString();
    }

    /** Levels that have at least one frame wide enough to draw; the root counts as one. */
    private static int depth(Node node, long total) {
        int deepest = 0;
        for (Node child : node.children.values()) {
            if (child.total >= MIN_SHARE * total) {
                deepest = Math.max(deepest, depth(child, total));
            }
        }
        return deepest + 1;
    }

    private static void draw(
            StringBuilder svg, Node node, double x, int level, int bottom, double scale, long total, String unit) {
        double left = MARGIN + x * scale;
        double width = node.total * scale;
        double y = bottom - (level + 1) * FRAME_HEIGHT;
        String name = node.name;
        String label = displayName(name);
        String share = String.format(Locale.ROOT, "%.2f", 100.0 * node.total / total);
        svg.append("<g><title>")
                .append(escape(label))
                .append(String.format(Locale.ROOT, " (%,d %s, %s%%)", node.total, unit, share))
                .append("</title>")
                .append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.0f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                        left,
                        y,
                        Math.max(width - 0.5, 0.1), // a hair of gap between neighbours
                        FRAME_HEIGHT - 1,
                        colour(name)));
        int fits = (int) ((width - 6) / CHAR_WIDTH);
        if (fits >= 3) {
            String shown = label.length() <= fits ? label : label.substring(0, fits - 2) + "..";
            svg.append(text(left + 3, y + FRAME_HEIGHT - 4, "", shown));
        }
        svg.append("</g>\n");
        double childX = x;
        for (Node child : node.children.values()) {
            if (child.total >= MIN_SHARE * total) {
                draw(svg, child, childX, level + 1, bottom, scale, total, unit);
            }
            childX += child.total; // a dropped frame still takes its place, so the others stay true to scale
        }
    }

    private static String text(double x, double y, String attributes, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.0f\"%s>%s</text>", x, y, attributes, escape(content));
    }

    /** The frame without async-profiler's kind suffix, which the colour already tells. */
    static String displayName(String frame) {
        return frame.matches(".*_\\[[0-9a-z]]$") ? frame.substring(0, frame.length() - 4) : frame;
    }

    /**
     * Kernel orange, native (the JVM itself, libc) yellow, Java by package hue, other Java grey-green.
     * The brightness varies with the name so that neighbours of one kind stay apart. (An allocation
     * graph's top frame is the class allocated: async-profiler marks it kernel when the object was
     * allocated outside a TLAB, the slow path, so it stands out in orange.)
     */
    static String colour(String frame) {
        float shade = Math.floorMod(frame.hashCode(), 16) / 100f;
        if (frame.endsWith(KERNEL_SUFFIX)) {
            return rgb(30, 0.75f, 0.95f - shade);
        }
        String name = displayName(frame);
        for (Map.Entry<String, Integer> hue : PACKAGE_HUES.entrySet()) {
            if (name.startsWith(hue.getKey())) {
                return rgb(hue.getValue(), 0.5f, 0.95f - shade);
            }
        }
        if (JAVA_SUFFIXES.stream().anyMatch(frame::endsWith)) {
            return rgb(90, 0.15f, 0.85f - shade);
        }
        return rgb(52, 0.65f, 0.95f - shade);
    }

    /** Hex, not hsl(): SVG 1.1 viewers outside browsers do not all read CSS colour functions. */
    private static String rgb(int hue, float saturation, float brightness) {
        return String.format("#%06x", Color.HSBtoRGB(hue / 360f, saturation, brightness) & 0xffffff);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
