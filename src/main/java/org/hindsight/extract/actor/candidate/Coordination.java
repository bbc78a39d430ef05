package org.hindsight.extract.actor.candidate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.nlp.Token;

/**
 * Names NER ran together: "Skycom Corp v. Telstar Corp" names two parties, "International Monetary
 * Fund/World Bank" two institutions the gazetteer knows; "Canamax and Pacific
 * Trans-Ocean said …" names two companies when the article names each on its own ("&lt;Canamax
 * Resources Inc&gt; and &lt;Pacific Trans-Ocean Resources Ltd&gt;"), but "Procter and Gamble" or
 * "Oil and Energy Ministry" name one. Stateless.
 */
final class Coordination {

  private Coordination() {}

  /** Words that end a firm's name after "and": "Alex. Brown and Sons Inc", "George Gordon Paton and Co Inc". */
  private static final Set<String> FIRM_TAILS =
      Set.of("sons", "son", "co", "company", "brothers", "bros", "partners", "associates");

  static List<Candidate> split(List<Candidate> found, String text, Gazetteer gazetteer) {
    List<Candidate> out = new ArrayList<>();
    Set<Candidate> partnerships = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Candidate c : joinFirms(found, partnerships)) {
      int and = conjunction(c);
      if (and < 0 || partnerships.contains(c)) {
        out.add(c);
        continue;
      }
      List<String> leftWords = words(c, c.from(), and);
      List<String> rightWords = words(c, and + 1, c.nameEnd());
      List<String> left = Names.core(leftWords);
      List<String> right = Names.core(rightWords);
      boolean versus = c.token(and).lower().startsWith("v");
      boolean oneCompany = c.company() && Names.isCorporateSuffix(c.token(c.nameEnd() - 1).text());
      boolean twoFirms = c.token(and).lower().equals("and") && complete(leftWords) && standsAlone(rightWords);
      if (!left.isEmpty() && !right.isEmpty() && (versus || twoFirms
          || !oneCompany && known(left, leftWords, c, found, gazetteer) && known(right, rightWords, c, found, gazetteer))) {
        Candidate a = new Candidate(c.sentence(), c.from(), and, c.nerType(), List.of(), Role.NAME);
        a.setExtFrom(c.extFrom());
        Candidate b = new Candidate(c.sentence(), and + 1, c.to(), c.nerType(), List.of(), Role.NAME);
        b.setCompany(c.company());
        out.add(a);
        out.add(b);
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * "Alex. Brown and Sons Inc", which NER tags as a person and an organisation, and "Pacific Gas and
   * Electric Co", which it tags as two organisations: one firm.
   */
  private static List<Candidate> joinFirms(List<Candidate> found, Set<Candidate> partnerships) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : found) {
      Candidate prev = out.isEmpty() ? null : out.get(out.size() - 1);
      String joiner = prev != null && prev.sentence() == c.sentence() && !prev.isInner() && prev.to() == c.from() - 1
          ? c.token(c.from() - 1).text() : "";
      boolean tail = !c.isInner() && c.from() >= 2 && FIRM_TAILS.contains(c.token(c.from()).lower())
          && Names.core(c.nameTokens()).stream().allMatch(FIRM_TAILS::contains);
      boolean partnership = joiner.equals("and") && partnership(prev, c);
      if ((joiner.equals("&") && tail)
          || (joiner.equals("and") && (tail || sameName(prev, c) || suffixedHalf(prev, c, found) || partnership
              || nationalFirm(prev, c)))) {
        Candidate firm = firm(prev, c);
        out.set(out.size() - 1, firm);
        if (partnership) {
          partnerships.add(firm); // its halves are surnames, not names split() would look for elsewhere
        }
      } else {
        out.add(c);
      }
      commaNames(out, partnerships);
    }
    return out;
  }

  /**
   * "Kidder, Peabody and Co Ltd", "Loewen, Ondaatje, McCutcheon and Co Ltd": one-word names, each
   * set off by a comma, before a name that ends "and Co" (or "and Sons", "and Company", "and
   * Partners", with or without a legal form) are the one partnership's name, as the wire writes its
   * banks and brokers; a list of firms names each with its own form ("Chrysler, Ford Motor Co and
   * General Motors Corp"). Joins them into the last candidate of {@code out}.
   */
  private static void commaNames(List<Candidate> out, Set<Candidate> partnerships) {
    int n = out.size();
    Candidate last = out.get(n - 1);
    if (n >= 2 && onlyTail(last) && commaBefore(out.get(n - 2), last)) {
      // "W.I. Carr, Sons and Co": a tail alone is no firm, it ends the name before it
      Candidate firm = firm(out.get(n - 2), last);
      out.subList(n - 2, n).clear();
      partnerships.add(firm);
      out.add(firm);
      return;
    }
    if (n < 2 || last.isInner() || !andTail(last) || !oneWordBefore(out.get(n - 2), last)) {
      return;
    }
    out.remove(n - 1);
    Candidate first = out.remove(n - 2);
    while (!out.isEmpty() && oneWordBefore(out.get(out.size() - 1), first)) {
      first = out.remove(out.size() - 1);
    }
    Candidate firm = firm(first, last);
    partnerships.remove(last);
    partnerships.add(firm);
    out.add(firm);
  }

  /** Whether {@code c}'s name ends with "and" and a firm's tail ("McCutcheon and Co Ltd"). */
  private static boolean andTail(Candidate c) {
    int end = c.nameEnd();
    while (end > c.from() && Names.isCorporateSuffix(c.token(end - 1).text()) && !FIRM_TAILS.contains(c.token(end - 1).lower())) {
      end--;
    }
    return end - c.from() >= 3 && FIRM_TAILS.contains(c.token(end - 1).lower()) && c.token(end - 2).lower().equals("and");
  }

  /** "Sons and Co", "and Co Ltd": a name of nothing but a firm's tails, "and" and legal forms. */
  private static boolean onlyTail(Candidate c) {
    if (c.isInner()) {
      return false;
    }
    boolean tail = false;
    for (int i = c.from(); i < c.nameEnd(); i++) {
      String w = c.token(i).lower();
      tail |= FIRM_TAILS.contains(w);
      if (!(FIRM_TAILS.contains(w) || w.equals("and") || w.equals("&") || Names.isCorporateSuffix(c.token(i).text()))) {
        return false;
      }
    }
    return tail;
  }

  /** A name right before {@code next} in its sentence, a comma between them. */
  private static boolean commaBefore(Candidate x, Candidate next) {
    return x.sentence() == next.sentence() && !x.isInner() && x.to() == next.from() - 1 && x.token(x.to()).text().equals(",");
  }

  /** A one-word name right before {@code next} in its sentence, a comma between them. */
  private static boolean oneWordBefore(Candidate x, Candidate next) {
    return commaBefore(x, next) && x.to() - x.from() == 1 && Names.capitalised(x.token(x.from()).text());
  }

  /** One firm's name from the first of its candidates to the last: an organisation, a company. */
  private static Candidate firm(Candidate first, Candidate last) {
    Candidate firm = new Candidate(last.sentence(), first.from(), last.to(), "ORGANIZATION", List.of(), Role.NAME);
    firm.setExtFrom(first.extFrom());
    firm.setCompany(true);
    return firm;
  }

  /**
   * "British and Commonwealth Shipping Co Plc", where NER tags "British" apart as a nationality: a
   * one-word MISC name joined by "and" to an organisation that ends with a legal form is the firm's
   * first word.
   */
  private static boolean nationalFirm(Candidate prev, Candidate c) {
    return !prev.isInner() && !c.isInner() && "MISC".equals(prev.nerType()) && prev.nameTokens().size() == 1
        && "ORGANIZATION".equals(c.nerType()) && Names.isCorporateSuffix(c.token(c.nameEnd() - 1).text());
  }

  /**
   * "Reynolds and Reynolds Co", "Reynolds and Reynolds" (which NER tags as two people): a one-word
   * name joined by "and" to a name that starts with the same word is one firm.
   */
  private static boolean sameName(Candidate prev, Candidate c) {
    List<String> left = prev.nameTokens();
    List<String> right = c.nameTokens();
    return !prev.isInner() && !c.isInner() && left.size() == 1 && !right.isEmpty() && right.get(0).equals(left.get(0))
        && Names.capitalised(left.get(0));
  }

  /** Words for a firm written right before its name ("stockbrokers Phillips and Drew", "privately-held Wagner and Brown"). */
  private static final Set<String> FIRM_NOUNS = Set.of(
      "broker", "brokers", "stockbroker", "stockbrokers", "brokerage", "house", "firm", "partnership", "investors",
      "privately-held", "held");

  /** People who work for a firm, before "of" or "at" and its name ("economist at Phillips and Drew"). */
  private static final Set<String> STAFF = Set.of(
      "economist", "economists", "analyst", "analysts", "strategist", "partner", "partners", "lawyer", "lawyers",
      "attorney", "director", "chairman", "president", "dealer", "dealers", "trader", "traders");

  /**
   * "Phillips and Drew", "Wagner and Brown", "Fulbright and Jaworski": two single surnames joined by
   * "and" name one partnership (NER tags them as two people) when a firm is written before them: a
   * firm noun ("stockbrokers Phillips and Drew", "privately-held Wagner and Brown", "the law firm of
   * Fulbright and Jaworski"), or "of"/"at" after someone who works there ("Stephen Lewis, economist
   * at …", "David Pike of …"). Between two people in any other place ("talks between Reagan and
   * Gorbachev") they stay two. {@code prev} stands right before {@code c}, "and" between them.
   */
  private static boolean partnership(Candidate prev, Candidate c) {
    if (prev.isInner() || c.isInner() || prev.to() - prev.from() != 1 || c.to() - c.from() != 1 || prev.from() < 2) {
      return false;
    }
    List<Token> t = prev.sentence().tokens();
    String before = t.get(prev.from() - 1).lower();
    if (FIRM_NOUNS.contains(before)) {
      return true;
    }
    if (!(before.equals("of") || before.equals("at"))) {
      return false;
    }
    Token who = t.get(prev.from() - 2);
    boolean surnames = t.get(prev.from()).ner().equals("PERSON") && t.get(c.from()).ner().equals("PERSON");
    return FIRM_NOUNS.contains(who.lower()) || surnames && (STAFF.contains(who.lower()) || who.ner().equals("PERSON"));
  }

  /**
   * "Pacific Gas and Electric Co", which NER tags as two organisations: the second half ends in a
   * legal form and the first, a name of one or two words, has none and names no company of its own
   * elsewhere in the article ("&lt;Canamax Resources Inc&gt;" makes "Canamax and Pacific Trans-Ocean
   * Resources Ltd" two). {@code prev} stands right before {@code c}, "and" between them.
   */
  private static boolean suffixedHalf(Candidate prev, Candidate c, List<Candidate> found) {
    if (c.isInner() || !"ORGANIZATION".equals(prev.nerType()) || !"ORGANIZATION".equals(c.nerType())) {
      return false;
    }
    List<String> left = prev.nameTokens();
    if (complete(left)) {
      return false; // "Sanwa Bank and Yasuda Trust and Banking Co Ltd": a bank's whole name, then another firm
    }
    if (left.isEmpty() || left.size() > 2 || Names.isCorporateSuffix(left.get(left.size() - 1))
        || !Names.isCorporateSuffix(c.token(c.nameEnd() - 1).text())) {
      return false;
    }
    for (Candidate o : found) {
      if (o != prev && o != c && o.nameTokens().size() > left.size() && o.nameTokens().subList(0, left.size()).equals(left)
          && Names.isCorporateSuffix(o.nameTokens().get(o.nameTokens().size() - 1))) {
        return false;
      }
    }
    return true;
  }

  /** Last words that make a name whole: a bank or a company with its legal form. */
  private static final Set<String> WHOLE = Set.of("bank", "banque", "banca", "corp", "corporation", "co", "company",
      "inc", "ltd", "plc", "ag", "sa", "nv", "bv", "gmbh", "spa", "group", "holdings");

  /** Words a firm's name may hold that name no firm by themselves: "Trust Co", "Savings and Loan". */
  private static final Set<String> GENERIC = Set.of("trust", "banking", "bank", "savings", "loan", "loans", "securities",
      "investment", "investments", "finance", "financial", "insurance", "and", "of", "the", "&");

  /**
   * Whether words before "and" are a firm's whole name: they end with "Bank" or a legal form
   * ("Sanwa Bank", "Westpac Banking Corp"), or with "Bank of" a place ("Commonwealth Bank of
   * Australia"). "Pacific Gas", "Securities" or "Procter" are not.
   */
  private static boolean complete(List<String> words) {
    if (words.size() < 2) {
      return false;
    }
    if (WHOLE.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      return true;
    }
    int of = words.lastIndexOf("of");
    if (of < 1 || of == words.size() - 1 || !words.get(of - 1).equalsIgnoreCase("bank")) {
      return false;
    }
    return words.subList(of + 1, words.size()).stream().allMatch(Names::capitalised);
  }

  /** Whether words after "and" name a firm of their own: a capitalised word besides its generic ones and legal form. */
  private static boolean standsAlone(List<String> words) {
    for (String w : words) {
      if (Names.capitalised(w) && !GENERIC.contains(w.toLowerCase(Locale.ROOT)) && !Names.isCorporateSuffix(w)) {
        return true;
      }
    }
    return false;
  }

  private static int conjunction(Candidate c) {
    if (c.isInner()) {
      return -1;
    }
    for (int i = c.from() + 1; i < c.to() - 1; i++) {
      String w = c.token(i).text();
      if (w.equals("and") || w.equals("&") || w.equals("/") || w.equals("v.") || w.equals("vs.")) {
        return i;
      }
    }
    return -1;
  }


  private static List<String> words(Candidate c, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(c.token(i).text());
    }
    return out;
  }

  /**
   * Whether another candidate's name is these words or starts with them, or the gazetteer names an
   * organisation or state so ("The Bundesbank and Bank of Japan intervened": two central banks).
   */
  private static boolean known(List<String> core, List<String> words, Candidate self, List<Candidate> found, Gazetteer gazetteer) {
    List<String> name = words.isEmpty() || !words.get(0).equalsIgnoreCase("the") ? words : words.subList(1, words.size());
    for (Gazetteer.Hit hit : gazetteer.exact(String.join(" ", name))) {
      if (!hit.entry().type().equals("PERSON") && (hit.kind() == Gazetteer.Kind.NAME || hit.kind() == Gazetteer.Kind.ALIAS)) {
        return true;
      }
    }
    for (Candidate o : found) {
      if (o == self || o.nerType() == null || conjunction(o) >= 0) {
        continue;
      }
      List<String> other = o.core();
      if (other.size() >= core.size() && other.subList(0, core.size()).equals(core)) {
        return true;
      }
    }
    return false;
  }
}
