package org.hindsight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hindsight.score.Scorecard;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG calibration chart is well-formed XML with one sized point per band, a diagonal and axis labels. */
class CalibrationChartTest {

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void wellFormedWithPointsSizedByCount() throws Exception {
    List<Scorecard.Band> bands =
        List.of(
            new Scorecard.Band("UNLIKELY", 4, 0.32, 0.25),
            new Scorecard.Band("LIKELY", 16, 0.68, 0.75),
            new Scorecard.Band("A & <B>", 1, 0.95, 1.0));
    String svg = CalibrationChart.svg("Calibration \"all\" <sources> & more", bands, 0.1834);
    Document d = parse(svg);
    Element root = d.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    NodeList circles = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle");
    assertEquals(3, circles.getLength());
    double r4 = Double.parseDouble(((Element) circles.item(0)).getAttribute("r"));
    double r16 = Double.parseDouble(((Element) circles.item(1)).getAttribute("r"));
    double r1 = Double.parseDouble(((Element) circles.item(2)).getAttribute("r"));
    assertTrue(r16 > r4 && r4 > r1, "radius grows with the count: " + r1 + " " + r4 + " " + r16);
    assertTrue(svg.contains("stroke-dasharray"), "the diagonal");
    assertTrue(svg.contains("predicted probability") && svg.contains("observed frequency"), "axis labels");
    assertTrue(svg.contains("Brier 0.183"));
  }

  @Test
  void emptyChartIsStillWellFormed() throws Exception {
    Document d = parse(CalibrationChart.svg("nothing", List.of(), null));
    assertEquals(0, d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength());
  }
}
