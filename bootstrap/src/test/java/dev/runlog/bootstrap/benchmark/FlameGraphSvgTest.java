package dev.runlog.bootstrap.benchmark;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FlameGraphSvgTest {

    private static final List<String> STACKS = List.of(
            "java.lang.Thread.run_[j];dev.runlog.web.RunController.list_[j];org.mariadb.jdbc.Client.execute_[i] 6000",
            "java.lang.Thread.run_[j];dev.runlog.web.RunController.list_[j] 2000",
            "java.lang.Thread.run_[j];tools.jackson.databind.ObjectMapper.write<T>_[j] 1999",
            "java.lang.Thread.run_[j];a.Rare.frame_[j] 1",
            "start_thread;do_syscall_64_[k] 0");

    @Test
    void eachFrameIsARectangleAsWideAsItsShare_withItsNameCountAndShareAsTooltip() throws Exception {
        Document svg = parse(FlameGraphSvg.render("CPU of list runs", "samples", STACKS));

        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("1200");
        assertThat(titles(svg))
                .contains(
                        "all (10,000 samples, 100.00%)",
                        "dev.runlog.web.RunController.list (8,000 samples, 80.00%)",
                        "org.mariadb.jdbc.Client.execute (6,000 samples, 60.00%)",
                        "tools.jackson.databind.ObjectMapper.write<T> (1,999 samples, 19.99%)");
        assertThat(width(svg, "org.mariadb.jdbc.Client.execute") / width(svg, "all"))
                .isCloseTo(0.6, within(0.005));
        assertThat(svg.getDocumentElement().getTextContent()).contains("CPU of list runs", "total 10,000 samples");
    }

    @Test
    void theRootIsAtTheBottom_andCallsStackUpwards() throws Exception {
        Document svg = parse(FlameGraphSvg.render("t", "samples", STACKS));

        assertThat(y(svg, "all")).isGreaterThan(y(svg, "java.lang.Thread.run"));
        assertThat(y(svg, "java.lang.Thread.run")).isGreaterThan(y(svg, "dev.runlog.web.RunController.list"));
    }

    @Test
    void framesNarrowerThanATenthOfAPercent_areLeftOut() throws Exception {
        Document svg = parse(FlameGraphSvg.render("t", "samples", STACKS));

        assertThat(titles(svg)).noneMatch(title -> title.startsWith("a.Rare.frame"));
        assertThat(titles(svg)).noneMatch(title -> title.startsWith("start_thread"));
    }

    @Test
    void frameKindsAndPackages_haveTheirOwnColours() {
        assertThat(FlameGraphSvg.colour("dev.runlog.A.b_[j]"))
                .isNotEqualTo(FlameGraphSvg.colour("org.mariadb.A.b_[j]"));
        assertThat(FlameGraphSvg.colour("do_syscall_64_[k]")).isNotEqualTo(FlameGraphSvg.colour("do_syscall_64"));
        assertThat(FlameGraphSvg.displayName("java.lang.Object.<init>_[i]")).isEqualTo("java.lang.Object.<init>");
    }

    @Test
    void noSamples_isAnEmptyButValidGraph() throws Exception {
        Document svg = parse(FlameGraphSvg.render("nothing", "bytes", List.of()));

        assertThat(svg.getDocumentElement().getTextContent()).contains("total 0 bytes");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> titles(Document svg) {
        List<String> titles = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("title");
        for (int i = 0; i < nodes.getLength(); i++) {
            titles.add(nodes.item(i).getTextContent());
        }
        return titles;
    }

    private static Element rectangle(Document svg, String frame) {
        NodeList nodes = svg.getElementsByTagName("title");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getTextContent().startsWith(frame + " (")) {
                return (Element) ((Element) nodes.item(i).getParentNode())
                        .getElementsByTagName("rect")
                        .item(0);
            }
        }
        throw new AssertionError("no frame " + frame);
    }

    private static double width(Document svg, String frame) {
        return Double.parseDouble(rectangle(svg, frame).getAttribute("width"));
    }

    private static double y(Document svg, String frame) {
        return Double.parseDouble(rectangle(svg, frame).getAttribute("y"));
    }
}
