// Browser tests launch Chromium through the scripts' helper (scripts may not import from test/).
export * from '../../scripts/lib/browser';
