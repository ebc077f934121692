import { Drawer as MantineDrawer, Modal as MantineModal, type DrawerProps, type ModalProps } from '@mantine/core';
import { useMountOnFirstOpen } from './useMountOnFirstOpen';

/** Mantine's `Modal`, mounted the first time it opens (see useMountOnFirstOpen). Use it for every dialog. */
export function Modal(props: ModalProps) {
  const dialog = useMountOnFirstOpen(props.opened);
  return dialog.mounted ? <MantineModal {...props} opened={dialog.opened} /> : null;
}

/** Mantine's `Drawer`, mounted the first time it opens (see useMountOnFirstOpen). */
export function Drawer(props: DrawerProps) {
  const dialog = useMountOnFirstOpen(props.opened);
  return dialog.mounted ? <MantineDrawer {...props} opened={dialog.opened} /> : null;
}
