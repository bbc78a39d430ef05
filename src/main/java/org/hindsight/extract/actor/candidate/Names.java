package org.hindsight.extract.actor.candidate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hindsight.nlp.Token;

/**
 * The vocabulary of names: how a name's words are compared (folded, without corporate suffixes),
 * which words are titles, organisation heads and corporate suffixes, and what the wire writes
 * that looks like a name but is none (tickers in angle brackets, units such as "dlrs"). Stateless.
 */
public final class Names {

  private Names() {}

  /** Words that are titles or roles, never actors by themselves. */
  public static final Set<String> TITLE_WORDS =
      Set.of(
          "president", "vice", "prime", "minister", "chancellor", "secretary", "envoy", "special",
          "chair", "chairman", "chairwoman", "governor", "senator", "sen.", "rep.", "representative",
          "general", "gen.", "atty.", "gov.", "sec.", "amb.", "adm.", "foreign", "defence", "defense", "finance",
          "economy", "trade", "deputy",
          "chief", "executive", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
          "leader", "dr.", "mr.", "mrs.", "ms.", "king", "queen", "prince", "ambassador",
          "commissioner", "director", "ceo", "founder", "treasurer", "speaker", "premier", "mayor",
          "judge", "justice", "attorney", "economist", "analyst", "strategist", "official",
          "lawmaker", "candidate", "challenger", "incumbent", "former", "then", "acting", "top",
          "senior", "national", "security", "state", "interior", "energy", "central", "bank",
          "head", "negotiator", "opposition", "party", "supreme", "leader's", "officer", "professor",
          "commander", "army", "lieutenant", "colonel", "admiral", "president-elect", "sheikh",
          "emir", "crown", "pope", "historian", "outgoing", "incoming", "conservative", "liberal",
          "centrist", "nationalist", "populist", "veteran", "retired", "interim", "caretaker",
          "lawyer", "journalist", "businessman", "billionaire", "activist", "scientist", "columnist",
          "fellow", "researcher", "economics", "policy", "lead", "managing", "partner", "owner",
          "manager", "agriculture", "commerce");

  /** Nouns for kinds of organisation: "the trade paper Automotive News", "the automaker". */
  public static final Set<String> ORGANISATION_NOUNS =
      Set.of("company", "firm", "group", "concern", "conglomerate", "corporation", "manufacturer",
          "maker", "automaker", "carmaker", "producer", "bank", "lender", "insurer", "retailer", "chain",
          "utility", "airline", "brokerage", "broker", "exchange", "bourse", "paper", "newspaper", "magazine",
          "agency", "institute", "organisation", "organization", "association", "union", "council",
          "committee", "board", "ministry", "department", "commission", "court", "fund", "party",
          "bloc", "alliance", "cartel", "pollster", "watchdog", "regulator", "subsidiary", "unit",
          "affiliate", "parent", "operator", "partner", "borrower", "investor", "buyer", "seller",
          "coop", "cooperative", "consortium", "refiner", "miner", "distributor", "supplier",
          "developer", "builder", "publisher", "broadcaster", "network", "trust", "thrift", "office",
          "bureau", "authority", "government", "administration", "house", "holding", "giant");

  /** Head nouns that make a multi-word name an organisation, whatever NER said. */
  public static final Set<String> ORGANISATION_HEADS =
      Set.of("analytics", "advisory", "markets", "securities", "forum", "centre", "center",
          "institute", "group", "bank", "capital", "partners", "research", "council", "ministry",
          "agency", "committee", "commission", "fund", "foundation", "university", "association",
          "party", "corporation", "corp", "inc", "ltd", "company", "associates", "consulting",
          "economics", "investments", "management", "holdings", "office", "authority", "board",
          "bureau", "department", "union", "federation", "alliance", "coalition", "court",
          "tribunal", "network", "service", "services", "trust", "exchange", "organization",
          "organisation", "administration", "corps", "plc", "co", "senate", "house", "assembly",
          "parliament", "congress", "legislature", "government", "police", "army", "navy");

  /**
   * Legal forms written after (or, in Scandinavia, before) a company's name. Compared
   * case-sensitively: "Co" is a company, "co" is not; "AS" is Norwegian, "as" English.
   */
  static final Set<String> CORPORATE_SUFFIXES =
      Set.of("Inc", "Inc.", "INC", "Corp", "Corp.", "CORP", "Co", "Co.", "CO", "Ltd", "Ltd.", "LTD",
          "Plc", "PLC", "plc", "LLC", "AG", "SA", "S.A.", "SpA", "S.p.A.", "NV", "N.V.", "BV", "B.V.",
          "AB", "ASA", "AS", "A/S", "GmbH", "KK", "Bhd", "Berhad", "Pty", "LP", "L.P.", "LLP",
          "Limited", "Incorporated", "Corporation", "Company", "SE", "Oy", "Oyj", "SAB", "NL");

  /** Units and conventions of wire copy that NER takes for names. */
  static final Set<String> WIRE_WORDS =
      Set.of("reuter", "reuters", "dlr", "dlrs", "pct", "mln", "bln", "bpd", "cts", "stg", "mcf",
          "est", "gmt", "edt", "cst", "pst", "yen", "lire", "marks", "francs", "guilders", "pesos",
          "rupees", "shekels", "roubles", "rubles", "yuan", "won", "ringgit", "baht", "kronor",
          "kroner", "crowns", "qtr", "shr", "shrs", "avg", "revs", "vs", "oper", "nil");

  private static final Pattern TICKER = Pattern.compile("<[A-Z0-9][A-Z0-9.\\-/&' ]*>");
  private static final Pattern BRACKETED = Pattern.compile("<[^<>]*\\p{Ll}[^<>]*>");

  /** A stock symbol in the wire's angle brackets: {@code <XON.N>}, {@code <GM>}. */
  public static boolean isTicker(String token) {
    return token.startsWith("<") && TICKER.matcher(token).matches();
  }

  /** A company the wire names in angle brackets, with lower-case letters: {@code <Agip SpA>}. */
  public static boolean isBracketedName(String token) {
    return token.startsWith("<") && BRACKETED.matcher(token).matches();
  }

  /**
   * A unit or convention of the wire: written in lower case ("dlrs", "pct", "marks"), or one of its
   * capitalised forms ("Reuter", "Dlr"); "Marks and Spencer" and "Won Chang" are names.
   */
  public static boolean isWireWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!WIRE_WORDS.contains(lower)) {
      return false;
    }
    return word.equals(lower) || lower.startsWith("reuter") || lower.startsWith("dlr") || word.equals(word.toUpperCase(Locale.ROOT));
  }

  public static boolean isCorporateSuffix(String word) {
    return CORPORATE_SUFFIXES.contains(word);
  }

  /** "A / S" (three tokens) or "A / S." at the end of a sentence: the Scandinavian legal form. */
  public static int slashedSuffixAt(List<Token> tokens, int i) {
    if (i + 2 < tokens.size() && tokens.get(i).text().equals("A") && tokens.get(i + 1).text().equals("/")
        && (tokens.get(i + 2).text().equals("S") || tokens.get(i + 2).text().equals("S."))) {
      return 3;
    }
    return 0;
  }

  public static boolean isPossessive(Token t) {
    String x = t.text();
    return x.equals("'s") || x.equals("\u2019s") || x.equals("'") || x.equals("\u2019");
  }

  /** The words that identify a name: folded, without legal forms, tickers and punctuation. */
  public static List<String> core(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("A") && i + 2 < words.size() && words.get(i + 1).equals("/") && words.get(i + 2).startsWith("S")) {
        i += 2;
        continue;
      }
      boolean nameFollows = out.isEmpty() && i + 1 < words.size();
      if ((isCorporateSuffix(w) && !nameFollows) || isTicker(w) || !w.chars().anyMatch(Character::isLetterOrDigit)) {
        continue; // a legal form, unless a name's first word ("ASA Ltd"); alone ("Inc") it names nothing
      }
      for (String part : PARTS.split(w.replace(".", ""))) {
        if (!part.isEmpty()) {
          out.add(fold(part)); // "Trans-Ocean" whether the tokenizer split it or not
        }
      }
    }
    if (!out.isEmpty() && out.get(0).equals("the")) {
      out.remove(0);
    }
    return out;
  }

  /** The name split into words the way CoreNLP tokenises it, closely enough to compare cores. */
  public static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : SPACES.split(name.replace("(", " ( ").replace(")", " ) "))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PARTS = Pattern.compile("[-/]");

  public static String fold(String s) {
    if (s.chars().allMatch(c -> c < 128)) {
      return s.toLowerCase(Locale.ROOT);
    }
    String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    // letters that do not decompose into a base letter and a mark
    n = n.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
        .replace("æ", "ae").replace("Æ", "AE").replace("đ", "d").replace("Đ", "D").replace("ı", "i");
    return n.toLowerCase(Locale.ROOT);
  }

  public static String slug(String s) {
    return fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /** Tokens {@code [from, to)} joined by one space, curly apostrophes straightened. */
  public static String key(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).text().replace('\u2019', '\''));
    }
    return sb.toString();
  }

  public static String titleCase(String key) {
    StringBuilder sb = new StringBuilder();
    for (String w : key.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  public static String lastWord(String name) {
    String[] p = SPACES.split(name);
    return p[p.length - 1];
  }

  public static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
