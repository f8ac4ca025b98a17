import { render } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { Notifications } from '../../../src/app/Notifications';
import ServiceCatalogueArea from '../../../src/features/service-catalogue/ServiceCatalogueArea';
import { FabrikDatabase } from '../../../src/storage/db';

let count = 0;

/** A database of its own, for each test. */
export const freshDatabase = () => new FabrikDatabase(`service-catalogue-component-${count++}`);

/** The area at one of its addresses (relative to /services). */
export function renderArea(path: string) {
  const location = memoryLocation({ path, record: true });
  render(
    <Router hook={location.hook}>
      <ServiceCatalogueArea />
      <Notifications />
    </Router>,
  );
  return location;
}
