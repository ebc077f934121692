export * from './model';
export * from './totals';
export * from './currency';
export * from './compare';
export * from './simple';
export * from './edits';
