package org.commonground.bot.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A chart's SVG parsed as XML, as a browser would: parsing fails on a document that isn't
 * well-formed. What a reader sees or hears is its text: labels, tooltips, title and description.
 */
final class ParsedSvg {

  private final Document document;

  private ParsedSvg(Document document) {
    this.document = document;
  }

  static ParsedSvg of(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new ParsedSvg(
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + svg, e);
    }
  }

  Element root() {
    return document.getDocumentElement();
  }

  /** The text of every element named {@code name}: "text", "title", "desc". */
  List<String> texts(String name) {
    NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  /** How many elements named {@code name} the document has. */
  int count(String name) {
    return document.getElementsByTagNameNS("http://www.w3.org/2000/svg", name).getLength();
  }

  /** Everything a reader can see or hear, one entry per text, tooltip, title or description. */
  List<String> everythingReadable() {
    List<String> all = new ArrayList<>(texts("text"));
    all.addAll(texts("title"));
    all.addAll(texts("desc"));
    return all;
  }

  /** Asserts the document is an accessible image named by its own title and description. */
  ParsedSvg isAnAccessibleImage() {
    Element svg = root();
    assertThat(svg.getLocalName()).isEqualTo("svg");
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    List<Element> children = new ArrayList<>();
    for (Node child = svg.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        children.add(element);
      }
    }
    assertThat(children).extracting(Element::getLocalName).startsWith("title", "desc");
    String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
    assertThat(labelledBy)
        .containsExactly(children.get(0).getAttribute("id"), children.get(1).getAttribute("id"));
    assertThat(children.get(0).getTextContent()).isNotBlank();
    assertThat(children.get(1).getTextContent()).isNotBlank();
    return this;
  }
}
