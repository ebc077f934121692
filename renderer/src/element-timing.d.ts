// The Element Timing API's attribute (https://wicg.github.io/element-timing/),
// which React passes through to the DOM but its types do not list.
import 'react';

declare module 'react' {
  // The type parameter must be named as in React's own declaration.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
