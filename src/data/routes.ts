import { routes } from '../lib/routes.ts';

/** Routes of this build, under Astro's base path. */
export const r = routes(import.meta.env.BASE_URL);
