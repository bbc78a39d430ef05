package org.hindsight.extract.actor.candidate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Companies named like people: the wire writes "P.H. Glatfelter", "H.J. Heinz" or "A.G. Edwards" in
 * the story, which NER reads as a person's name, and the company's whole name in the headline ("P.H.
 * Glatfelter Co &lt;Glp&gt; Increases Dividend"). A name NER typed as a person's is a company's when
 * the headline writes it followed by a legal form or a ticker; then "the company" and "it" can stand
 * for it. Stateless.
 */
public final class HeadlineCompanies {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The legal forms, lower case (headlines are title case: "Co", "Ag", "Plc"). */
  private static final Set<String> FORMS =
      Names.CORPORATE_SUFFIXES.stream().map(f -> f.toLowerCase(Locale.ROOT).replace(".", "")).collect(Collectors.toSet());

  private HeadlineCompanies() {}

  /** Retypes, in place, every person candidate the headline names as a company. */
  public static void retype(List<Candidate> names, String title, String text) {
    if (title == null || title.isBlank()) {
      return;
    }
    String head = " " + SPACES.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
    for (Candidate c : names) {
      if (!"PERSON".equals(c.nerType()) || c.nameTokens().size() < 2) {
        continue;
      }
      String name = SPACES.matcher(c.nameText(text).toLowerCase(Locale.ROOT)).replaceAll(" ");
      int at = head.indexOf(" " + name + " ");
      if (at >= 0 && company(head.substring(at + name.length() + 2))) {
        c.setNerType("ORGANIZATION");
        c.setCompany(true);
      }
    }
  }

  /** Whether the headline after the name goes on with a legal form or a ticker ("co &lt;glp&gt; …", "inc …"). */
  private static boolean company(String rest) {
    if (rest.startsWith("<")) {
      return true;
    }
    String first = rest.split(" ", 2)[0].replaceAll("[^a-z/]", "");
    return FORMS.contains(first);
  }
}
