/**
 * Reading news articles from corpus files into immutable {@link org.hindsight.article.Article}
 * records: the first stage of the flow.
 *
 * <p>{@link org.hindsight.article.CorpusReader} walks files and directories (sorted, so runs are
 * deterministic), picks one {@link org.hindsight.article.ArticleReader} per format (plain text and
 * Markdown, JSON and JSON Lines, HTML) and reports one typed {@link
 * org.hindsight.article.ReadOutcome} per article or per file: read (with warnings), failed, or
 * skipped. Bad input never throws; it becomes a one-line {@code Failed} naming the file, the place
 * and the reason.
 *
 * <p>Boilerplate (breadcrumbs, a repeated title, navigation, scripts, share boxes) is removed here
 * and nowhere else, so that {@code Article.text} is the body every later offset points into. Dates
 * are parsed by {@link org.hindsight.article.PublishedDates}, ids made by {@link
 * org.hindsight.article.ArticleIds}. Language detection is not done here.
 */
package org.hindsight.article;
