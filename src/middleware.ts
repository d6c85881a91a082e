import { defineMiddleware } from 'astro:middleware';
import { recordsReads, withReadsRecorded } from './data/site.ts';

// Only a build under CLAIMLINE_RECORD_READS does anything here: it renders each page whole, with what the page
// reads from the site recorded (src/data/site.ts). Every other build and the dev server pass straight through.
export const onRequest = defineMiddleware((context, next) => {
  if (!recordsReads()) return next();
  return withReadsRecorded(context.url.pathname, async () => {
    const response = await next();
    // The body is read here, so that everything the page reads is read before the recording ends.
    const body = await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  });
});
