package org.hindsight.extract.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindsight.article.Span;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.extract.actor.candidate.Candidates;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.extract.actor.candidate.GazetteerCandidates;
import org.hindsight.extract.actor.candidate.HeadlineCompanies;
import org.hindsight.extract.actor.candidate.NerCandidates;
import org.hindsight.extract.actor.coref.AntecedentModel;
import org.hindsight.extract.actor.coref.Antecedents;
import org.hindsight.extract.actor.coref.Descriptions;
import org.hindsight.extract.actor.coref.Pronouns;
import org.hindsight.extract.actor.coref.Surnames;
import org.hindsight.extract.actor.filter.NonActors;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.extract.actor.link.Drafts;
import org.hindsight.extract.actor.link.Linker;
import org.hindsight.extract.actor.title.Titles;
import org.hindsight.nlp.AnnotatedDocument;

/**
 * Builds an article's canonical actors from its NLP annotation, in one pass through these steps:
 *
 * <ol>
 *   <li>{@code candidate}: names from NER, repaired as news and the wire write them (legal forms,
 *       tickers, bracketed companies, institutions NER missed, names run together over "and"), and
 *       phrases of the {@link Gazetteer} that apply at the article's date;
 *   <li>{@code filter}: NER names that do not act (places, indexes and rates, the wire's units);
 *   <li>{@code link}: names to actors — the gazetteer, then the article's own names, shorter forms,
 *       defined short forms and acronyms, misspellings;
 *   <li>{@code title}: titles and descriptions written before names ("Pennzoil chairman Hugh
 *       Liedtke", "the trade paper Automotive News");
 *   <li>{@code coref}: bare surnames NER missed beside a verb of speech ("said Lucky"),
 *       descriptions ("the company", "the ministry") and pronouns to actors.
 * </ol>
 *
 * The gazetteer helps but is not needed: an actor of any decade and country is found from NER,
 * titles and coreference alone. An actor's name is the article's own full form of it ("Charles
 * Schumer", with the gazetteer's "Chuck Schumer" as an alias). Stateless and thread-safe.
 */
public final class ActorResolver {

  private final Gazetteer gazetteer;
  private final GazetteerCandidates phrases;
  private final NonActors nonActors;
  private final Linker linker;
  private final Titles titles;
  private final Antecedents.Chooser antecedents;

  /** With the trained antecedent model of {@code models/}. */
  public ActorResolver(Gazetteer gazetteer) {
    this(gazetteer, AntecedentModel.bundled());
  }

  /** With another chooser of the actors descriptions refer to (the trainer records with one). */
  public ActorResolver(Gazetteer gazetteer, Antecedents.Chooser antecedents) {
    this.gazetteer = gazetteer;
    this.antecedents = antecedents;
    this.phrases = new GazetteerCandidates(gazetteer);
    this.nonActors = new NonActors(gazetteer);
    this.linker = new Linker(gazetteer);
    this.titles = new Titles(gazetteer);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public List<Actor> resolve(AnnotatedDocument doc) {
    String text = doc.article().text();
    LocalDate date = doc.article().publishedDate();
    List<Candidate> names = nonActors.keep(doc, NerCandidates.find(doc, gazetteer));
    HeadlineCompanies.retype(names, doc.article().title(), text);
    List<Candidate> candidates =
        new ArrayList<>(Candidates.merge(nonActors.keepPhrases(doc, phrases.find(doc, date)), names));
    Drafts drafts = linker.link(doc.sentences(), candidates, text, date);
    List<Candidate> linked = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.draft() != null) {
        linked.add(c);
      }
    }
    titles.extend(linked);
    Surnames.resolve(doc.sentences(), linked);
    Descriptions.resolve(doc.sentences(), linked, drafts.all(), antecedents);
    Pronouns.resolve(doc.sentences(), linked);
    linked.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return build(linked, text);
  }

  private static List<Actor> build(List<Candidate> linked, String text) {
    Map<Draft, List<ActorMention>> mentions = new LinkedHashMap<>();
    for (Candidate c : linked) {
      List<ActorMention> list = mentions.computeIfAbsent(c.draft(), k -> new ArrayList<>());
      Span span = c.span();
      if (list.stream().noneMatch(m -> m.span().equals(span))) {
        list.add(new ActorMention(span.of(text), span, c.role().name()));
      }
    }
    List<Actor> out = new ArrayList<>();
    for (Map.Entry<Draft, List<ActorMention>> e : mentions.entrySet()) {
      Draft d = e.getKey();
      String name = Naming.canonical(d, text);
      Set<String> aliases = new LinkedHashSet<>();
      boolean named = d.curated();
      for (ActorMention m : e.getValue()) {
        Role role = Role.valueOf(m.role());
        if (role != Role.PRONOUN && !m.text().equals(name)) {
          aliases.add(m.text());
        }
        named |= role != Role.PRONOUN && role != Role.TITLE && role != Role.DESCRIPTION;
      }
      if (d.curated() && !d.entry().name().equals(name)) {
        aliases.add(d.entry().name());
      }
      if (named) {
        out.add(new Actor(d.id(), name, d.type(), List.copyOf(aliases), e.getValue()));
      }
    }
    return out;
  }
}
