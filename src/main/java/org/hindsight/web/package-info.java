/**
 * The web workbench of {@code hindsight serve}: server-rendered pages (jte templates precompiled
 * at build time) for search, the prediction ledger, predictions with their evidence and judging,
 * articles with their extraction marked, actor and source track records; exports (CSV, JSON Lines,
 * ClaimReview JSON-LD) and a JSON API. It presents only: {@link org.hindsight.web.Workbench} and
 * {@link org.hindsight.web.ItemPages} call the index, check and report stages, and {@link
 * org.hindsight.web.WebServer} adds the HTTP side and its security.
 */
package org.hindsight.web;
