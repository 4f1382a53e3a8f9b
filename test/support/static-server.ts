// Browser tests serve dist/ through the scripts' helper (scripts may not import from test/).
export * from '../../scripts/lib/static-server';
