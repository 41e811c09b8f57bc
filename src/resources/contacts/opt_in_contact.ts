import { channelOptAction } from './channelOptAction';

export default channelOptAction('optIn');
