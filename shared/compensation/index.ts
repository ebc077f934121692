export * from './model';
export * from './totals';
export * from './currency';
export * from './compare';
