package dev.signet.mutation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads PIT's {@code mutations.xml} report.
 *
 * <pre>{@code
 * List<Mutant> mutants = MutationsXml.read(Path.of("core/target/pit-reports/mutations.xml"));
 * }</pre>
 */
public final class MutationsXml {

  private MutationsXml() {}

  /** The mutants of one report file; a missing file is an {@link IllegalStateException} saying how to make it. */
  public static List<Mutant> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "no PIT report at " + file + ": run the build with -Pmutation so the library modules write it");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The mutants of one report. */
  public static List<Mutant> read(InputStream in) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("mutation");
      List<Mutant> mutants = new ArrayList<>(nodes.getLength());
      for (int i = 0; i < nodes.getLength(); i++) {
        mutants.add(mutant((Element) nodes.item(i)));
      }
      return mutants;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not a PIT mutations.xml: " + e.getMessage(), e);
    }
  }

  private static Mutant mutant(Element e) {
    return new Mutant(
        text(e, "mutatedClass"),
        text(e, "mutatedMethod"),
        text(e, "methodDescription"),
        Integer.parseInt(text(e, "lineNumber")),
        text(e, "mutator"),
        indexes(e),
        e.getAttribute("status"),
        text(e, "description"),
        text(e, "killingTest"));
  }

  private static String indexes(Element e) {
    NodeList list = e.getElementsByTagName("index");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < list.getLength(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(list.item(i).getTextContent().trim());
    }
    return out.toString();
  }

  private static String text(Element e, String tag) {
    NodeList list = e.getElementsByTagName(tag);
    Node node = list.getLength() == 0 ? null : list.item(0);
    return node == null ? "" : node.getTextContent().trim();
  }
}
