import { requireChromium } from './chromium.mjs';

const path = requireChromium();
console.log(`Browser tests use Chromium at ${path}`);
