// Runs at document_start, before the page has markup: keeps the extension's API where `<form id="chrome">`
// cannot shadow it later (see platform/extension-global.ts). A few hundred bytes on every page.
import { stashExtensionGlobal } from '../platform/extension-global';

stashExtensionGlobal();
