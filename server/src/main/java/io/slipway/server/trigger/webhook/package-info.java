/**
 * Git webhooks: GitHub, GitLab, Gitea, Bitbucket (Cloud and Server) and a generic JSON form. A delivery
 * is stored first (deduplicated by the provider's delivery id), its signature verified against the
 * secrets of the repository's jobs and of the repository, and only then matched to jobs by repository
 * URL and branch filters and queued (with Jenkins' quiet period and coalescing).
 */
package io.slipway.server.trigger.webhook;
